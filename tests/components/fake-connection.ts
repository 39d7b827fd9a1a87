import type { Connection } from '../../components/App';
import type { ToContent, ToSidebar } from '../../lib/messaging/protocol';

/** A stand-in for the content script's Port: records what the sidebar sends, delivers what a test says. */
export function fakeConnection() {
  const sent: ToContent[] = [];
  let deliver: (msg: ToSidebar) => void = () => {};
  const create = (onMessage: (msg: ToSidebar) => void): Connection => {
    deliver = onMessage;
    return { start: () => () => {}, send: (m) => sent.push(m) };
  };
  return { sent, create, deliver: (m: ToSidebar) => deliver(m) };
}
