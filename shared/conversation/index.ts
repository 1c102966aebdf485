// Multi-step conversation state in PostgreSQL (`conversation_state`), validated with zod when read back.
export {
  clearConversation,
  conversationKind,
  conversationUserData,
  type LoadedConversation,
  loadConversation,
  promptMessageId,
  saveConversation,
  setPrompt,
} from './conversation-store.js';
