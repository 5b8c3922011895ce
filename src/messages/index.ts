export * from './schemas';
export { send, listen, dispatch, isOwnSender, type Handlers } from './channel';
