// Entry point: mounts the lab and turns on offline support.
import { mount } from 'svelte';
import App from './ui/App.svelte';
import { registerServiceWorker } from './ui/offline';
import './ui/global.css';

mount(App, { target: document.getElementById('app')! });
registerServiceWorker();
