// Data worker entry: parsing runs here so a large file never blocks the page.
import { expose } from 'comlink';
import { dataApi } from './data-api';

expose(dataApi);
