// Entry point of the web explorer.
import './styles.css';
import { startApp } from './app.js';

const root = document.getElementById('app');
if (root) void startApp(root);
