// What a run's step graph shows, before any geometry: steps grouped by kind (a 55-product training
// run has 55 "search" steps: one node), the artifacts they read and wrote grouped by kind and writer,
// and the edges between the groups. Pure; step-graph.ts lays it out.
import type { RunStepRecord, RunStepStatus } from './run-record';

export interface GroupNode {
  id: string;
  kind: 'step' | 'artifact';
  /** Lines drawn in the box; the first names it. */
  lines: string[];
  /** The node in one line: its accessible name and its entry in the text list. */
  summary: string;
  /** Steps or artifacts it stands for. */
  count: number;
  /** A single artifact's digest (it can be inspected); null for steps and for groups of artifacts. */
  digest: string | null;
  /** Steps only: the worst status among them, for styling. */
  tone: RunStepStatus | null;
}

/** `data`: an artifact written or read; `then`: one product's next step, where no artifact links them. */
export interface GroupEdge {
  from: string;
  to: string;
  kind: 'data' | 'then';
}

const STATUS_ORDER: RunStepStatus[] = ['ran', 'cached', 'skipped-by-policy', 'failed', 'not-run'];
const WORST_FIRST: RunStepStatus[] = ['failed', 'not-run', 'skipped-by-policy', 'cached', 'ran'];
/** Words and marks for step statuses, short enough for a box. */
export const STATUS_WORDS: Record<RunStepStatus, string> = {
  ran: 'ran',
  cached: 'cached',
  'skipped-by-policy': 'skipped',
  failed: 'failed',
  'not-run': 'not run',
};
export const STATUS_MARKS: Record<RunStepStatus, string> = { ran: '▶', cached: '↺', 'skipped-by-policy': '⤼', failed: '✗', 'not-run': '–' };

function stepNode(kind: string, steps: readonly RunStepRecord[]): GroupNode {
  const totals = STATUS_ORDER.map((s) => [s, steps.filter((x) => x.status === s).length] as const).filter(([, n]) => n > 0);
  const tone = WORST_FIRST.find((s) => totals.some(([t]) => t === s)) ?? null;
  if (steps.length === 1) {
    const status = steps[0]!.status;
    return {
      id: `s:${kind}`,
      kind: 'step',
      lines: [kind, `${STATUS_MARKS[status]} ${STATUS_WORDS[status]}`],
      summary: `${kind} · ${STATUS_WORDS[status]}`,
      count: 1,
      digest: null,
      tone,
    };
  }
  const title = `${kind} ×${steps.length}`;
  return {
    id: `s:${kind}`,
    kind: 'step',
    count: steps.length,
    digest: null,
    tone,
    lines: [title, ...totals.map(([s, n]) => `${STATUS_MARKS[s]} ${n} ${STATUS_WORDS[s]}`)],
    summary: [title, ...totals.map(([s, n]) => `${n} ${STATUS_WORDS[s]}`)].join(' · '),
  };
}

function artifactNode(id: string, digests: readonly string[], label: string, writer: string | undefined): GroupNode {
  if (digests.length === 1) {
    const digest = digests[0]!;
    return { id, kind: 'artifact', lines: [label, digest.slice(0, 12)], summary: `${label} ${digest.slice(0, 12)}`, count: 1, digest, tone: null };
  }
  const title = `${label} ×${digests.length}`;
  return {
    id,
    kind: 'artifact',
    lines: writer ? [title, `by ${writer}`] : [title],
    summary: writer ? `${title} · written by ${writer}` : title,
    count: digests.length,
    digest: null,
    tone: null,
  };
}

/** Groups `steps` (in run order) and their artifacts; `labelOf` names an artifact digest. */
export function stepGroups(steps: readonly RunStepRecord[], labelOf: (digest: string) => string): { nodes: GroupNode[]; edges: GroupEdge[] } {
  const writerOf = new Map<string, string>();
  const perProduct = new Set<string>();
  const productsReading = new Map<string, Set<string>>();
  for (const s of steps) {
    for (const d of s.outputs) if (!writerOf.has(d)) writerOf.set(d, s.step);
    if (s.productId) for (const d of [...s.inputs, ...s.outputs]) perProduct.add(d);
    if (s.productId) for (const d of s.inputs) productsReading.set(d, (productsReading.get(d) ?? new Set()).add(s.productId));
  }
  // A product's artifacts group by the step that wrote them (its series, its study, its version);
  // what one product read but no step here wrote (a refit's champion) groups by its kind; what
  // several products share (the dataset) and every artifact of a run without products (an import)
  // is its own node.
  const groupOf = (d: string) => {
    if (!perProduct.has(d)) return `a:${d}`;
    const writer = writerOf.get(d);
    if (writer) return `a:<${writer}`;
    if ((productsReading.get(d)?.size ?? 0) > 1) return `a:${d}`;
    return `a:in:${isVersionRef(d) ? 'version' : labelOf(d).split(' ')[0]}`;
  };
  const order: string[] = [];
  const stepsOf = new Map<string, RunStepRecord[]>();
  const digestsOf = new Map<string, string[]>();
  const edges = new Map<string, GroupEdge>();
  const add = <T>(m: Map<string, T[]>, id: string, item: T) => {
    if (!m.has(id)) (order.push(id), m.set(id, []));
    if (!m.get(id)!.includes(item)) m.get(id)!.push(item);
  };
  const link = (from: string, to: string, kind: GroupEdge['kind']) => {
    if (from !== to && !edges.has(`${from}>${to}`)) edges.set(`${from}>${to}`, { from, to, kind });
  };
  for (const s of steps) {
    for (const d of s.inputs) add(digestsOf, groupOf(d), d);
    add(stepsOf, `s:${s.step}`, s);
    for (const d of s.inputs) link(groupOf(d), `s:${s.step}`, 'data');
    for (const d of s.outputs) (add(digestsOf, groupOf(d), d), link(`s:${s.step}`, groupOf(d), 'data'));
  }
  for (const [from, to] of productOrder(steps)) {
    const throughData = [...edges.values()].some((e) => e.kind === 'data' && e.from === from && edges.get(`${e.to}>${to}`)?.kind === 'data');
    if (!throughData) link(from, to, 'then');
  }
  const nodes = order.map((id) => {
    if (stepsOf.has(id)) return stepNode(id.slice(2), stepsOf.get(id)!);
    const digests = digestsOf.get(id)!;
    const writer = writerOf.get(digests[0]!);
    return artifactNode(id, digests, digests.length === 1 ? labelOf(digests[0]!) : groupTitle(writer, digests[0]!, labelOf), writer);
  });
  return { nodes, edges: [...edges.values()] };
}

/** `arima_book_{id}/{version}`: how training steps name a registered version. */
const isVersionRef = (d: string) => /\/\d+$/.test(d);

/** What a group of one kind of artifact is called: by what wrote it, else by its first label's first word. */
function groupTitle(writer: string | undefined, first: string, labelOf: (digest: string) => string): string {
  if (isVersionRef(first)) return 'version';
  const byWriter: Record<string, string> = { decide: 'series', search: 'study' };
  return (writer && byWriter[writer]) ?? labelOf(first).split(' ')[0]!;
}

/** Step-group pairs (from, to) where one product's step follows another without an artifact between them. */
function productOrder(steps: readonly RunStepRecord[]): [string, string][] {
  const last = new Map<string, RunStepRecord>();
  const pairs: [string, string][] = [];
  for (const s of steps) {
    if (!s.productId) continue;
    const before = last.get(s.productId);
    if (before && before.step !== s.step && !before.outputs.some((o) => s.inputs.includes(o))) pairs.push([`s:${before.step}`, `s:${s.step}`]);
    last.set(s.productId, s);
  }
  return pairs;
}

/** A product of the run the user can expand, failed ones first with the step that failed. */
export interface ProductChoice {
  productId: string;
  failedAt: string | null;
}

/** The run's products in the order a user looks for them: failed first, then by id. */
export function productsOf(steps: readonly RunStepRecord[]): ProductChoice[] {
  const failedAt = new Map<string, string | null>();
  for (const s of steps) {
    if (!s.productId) continue;
    if (!failedAt.get(s.productId)) failedAt.set(s.productId, s.status === 'failed' ? s.step : null);
  }
  const all = [...failedAt].map(([productId, at]) => ({ productId, failedAt: at }));
  return all.sort((a, b) => Number(b.failedAt !== null) - Number(a.failedAt !== null) || a.productId.localeCompare(b.productId));
}
