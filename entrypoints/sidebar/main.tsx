import { render } from 'preact';
import { App } from '@/components/App';
import { ContentConnection } from '@/lib/sidebar/connection';
import { uiLang } from '@/lib/i18n';
import './style.css';

document.documentElement.lang = uiLang();
const token = location.hash.slice(1);
// Listen before anything renders: the content script connects as soon as this page has loaded.
const connection = new ContentConnection(token);
connection.start();
const root = document.getElementById('app')!;
render(
  <App
    token={token}
    createConnection={(onMessage) => {
      connection.listen(onMessage);
      return { start: () => () => {}, send: (msg) => connection.send(msg) };
    }}
  />,
  root,
);
