import { render } from 'preact';
import { Options } from '@/components/Options';
import { uiLang } from '@/lib/i18n';
import '../sidebar/style.css';
import './options.css';

document.documentElement.lang = uiLang();
render(<Options />, document.getElementById('app')!);
