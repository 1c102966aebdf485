// Multi-step conversation state in PostgreSQL (`conversation_state`), validated with zod when read back.
export {
  clearConversation,
  type LoadedConversation,
  loadConversation,
  saveConversation,
} from './conversation-store.js';
