using ChatNomina.Chat.Apis;
using ChatNomina.Chat.Extensions;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.Extensions.Options;

namespace ChatNomina.Chat.Conversations;

/// <summary>
/// Conversation contexts in Redis under <c>{prefix}context:{userId}:{conversationId}</c>, with a
/// TTL refreshed on every turn. The user id is part of the key: a context can only ever be read
/// by the user who wrote it, whatever conversation id a client sends.
/// </summary>
public sealed class ContextStore(RedisJsonCache cache, IOptions<ChatOptions> options)
{
    private const string CacheName = "chat-context";

    public Task<ConversationContext?> GetAsync(Guid userId, Guid conversationId) =>
        cache.GetAsync(CacheName, Key(userId, conversationId), ChatJsonContext.Default.ConversationContext);

    public Task SaveAsync(Guid userId, Guid conversationId, ConversationContext context) =>
        cache.SetAsync(CacheName, Key(userId, conversationId), context, ChatJsonContext.Default.ConversationContext, options.Value.ContextTtl);

    private static string Key(Guid userId, Guid conversationId) => $"context:{userId:N}:{conversationId:N}";
}
