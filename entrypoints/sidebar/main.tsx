import { render } from 'preact';
import { App } from '@/components/App';
import { ContentConnection } from '@/lib/sidebar/connection';
import { uiLang } from '@/lib/i18n';
import './style.css';

document.documentElement.lang = uiLang();
const token = location.hash.slice(1);
const root = document.getElementById('app')!;
render(<App token={token} createConnection={(onMessage) => new ContentConnection(token, onMessage)} />, root);
