// The chat port while no chat platform is connected: every call fails as undeliverable, so a use
// case that updates messages reports it (onChatError) and its decision still stands.
import { ChatDeliveryError, type ChatPort } from "../domain/ports.ts";

const unavailable = () => Promise.reject(new ChatDeliveryError("no chat platform connected", false));

export const offlineChat: ChatPort = { post: unavailable, update: unavailable, postPrivate: unavailable };
