using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatNomina.EndToEnd;

/// <summary>
/// Safe retries through the gateway: a message sent again with the same client message id
/// (REST <c>Idempotency-Key</c>, WebSocket <c>clientMessageId</c>) gets the stored answer back and
/// the history holds it once, even when the copies arrive at the same moment.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ChatRetryTests(StackFixture stack)
{
    private const string Question = "¿cuánto cobré neto en marzo de 2025?";

    [Fact]
    public async Task A_retry_with_the_same_key_gets_the_stored_answer_and_the_history_holds_one()
    {
        var account = await stack.SignInThrowawayAsync();
        using var http = stack.ClientFor(account);
        var key = Guid.NewGuid().ToString();
        var before = await ConversationsAsync(http);

        using var first = await PostAsync(http, new { message = Question }, key);
        using var retry = await PostAsync(http, new { message = Question }, key);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotent-Replayed")));
        var a = await JsonAsync(first);
        var b = await JsonAsync(retry);
        // The very same answer object: id, conversation, text, sources, context, query, time.
        Assert.Equal(a.ToString(), b.ToString());
        Assert.Equal("net_pay", b.GetProperty("intent").GetString());

        var history = await HistoryAsync(http, a.GetProperty("conversationId").GetGuid());
        Assert.Equal([a.GetProperty("messageId").GetGuid()], history);
        var created = Assert.Single((await ConversationsAsync(http)).Except(before));
        Assert.Equal((a.GetProperty("conversationId").GetGuid(), 1), created);
    }

    [Fact]
    public async Task Copies_sent_at_the_same_moment_are_answered_once()
    {
        var account = await stack.SignInThrowawayAsync();
        using var http = stack.ClientFor(account);
        var key = Guid.NewGuid().ToString();
        var before = await ConversationsAsync(http);

        var sends = Enumerable.Range(0, 6).Select(async _ =>
        {
            using var response = await PostAsync(http, new { message = "what was my gross salary in May 2025?" }, key);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await JsonAsync(response);
        });
        var answers = await Task.WhenAll(sends);

        var messageId = Assert.Single(answers.Select(a => a.GetProperty("messageId").GetGuid()).Distinct());
        var conversationId = Assert.Single(answers.Select(a => a.GetProperty("conversationId").GetGuid()).Distinct());
        Assert.Single(answers.Select(a => a.GetProperty("text").GetString()).Distinct());
        Assert.Equal([messageId], await HistoryAsync(http, conversationId));
        // No conversation left behind by a losing copy.
        Assert.Equal([(conversationId, 1)], (await ConversationsAsync(http)).Except(before));
    }

    [Fact]
    public async Task A_follow_up_retried_stays_in_its_conversation_and_the_context_moves_once()
    {
        var account = await stack.SignInThrowawayAsync();
        using var http = stack.ClientFor(account);
        using var opening = await PostAsync(http, new { message = Question }, Guid.NewGuid().ToString());
        var conversation = (await JsonAsync(opening)).GetProperty("conversationId").GetGuid();

        var key = Guid.NewGuid().ToString();
        using var followUp = await PostAsync(http, new { message = "¿y en febrero?", conversationId = conversation }, key);
        using var retry = await PostAsync(http, new { message = "¿y en febrero?", conversationId = conversation }, key);
        var answer = await JsonAsync(followUp);
        Assert.Equal(answer.ToString(), (await JsonAsync(retry)).ToString());
        Assert.Equal(2, answer.GetProperty("context").GetProperty("month").GetInt32());
        Assert.Equal(2, (await HistoryAsync(http, conversation)).Count);

        // The next turn still follows on from February: the replay did not move the context again.
        using var next = await PostAsync(http, new { message = "¿y el bruto?", conversationId = conversation }, null);
        var gross = await JsonAsync(next);
        Assert.Equal(2, gross.GetProperty("context").GetProperty("month").GetInt32());
    }

    [Fact]
    public async Task The_same_key_for_another_message_or_conversation_is_refused_and_keys_belong_to_their_user()
    {
        var account = await stack.SignInThrowawayAsync();
        using var http = stack.ClientFor(account);
        var key = Guid.NewGuid().ToString();
        using var first = await PostAsync(http, new { message = Question }, key);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var otherMessage = await PostAsync(http, new { message = "¿y en febrero?" }, key);
        await AssertProblemAsync(otherMessage, HttpStatusCode.UnprocessableEntity, "Client message id reused");
        var elsewhere = (await JsonAsync(await PostAsync(http, new { message = "hola" }, null))).GetProperty("conversationId").GetGuid();
        using var otherConversation = await PostAsync(http, new { message = Question, conversationId = elsewhere }, key);
        await AssertProblemAsync(otherConversation, HttpStatusCode.UnprocessableEntity, "Client message id reused");

        // Another employee using the same key gets an answer of their own, from their own data.
        using var john = stack.ClientFor(stack.John);
        using var theirs = await PostAsync(john, new { message = Question }, key);
        Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);
        Assert.False(theirs.Headers.Contains("Idempotent-Replayed"));
        Assert.NotEqual((await JsonAsync(first)).GetProperty("messageId").GetGuid(), (await JsonAsync(theirs)).GetProperty("messageId").GetGuid());
    }

    [Theory]
    [InlineData("")]
    [InlineData("has spaces in it")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task A_malformed_key_is_a_400_and_nothing_is_stored(string key)
    {
        var account = await stack.SignInThrowawayAsync();
        using var http = stack.ClientFor(account);
        var before = await ConversationsAsync(http);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/chat/messages") { Content = JsonContent.Create(new { message = Question }) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        using var response = await http.SendAsync(request);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "Invalid client message id");
        Assert.Equal(before, await ConversationsAsync(http));
    }

    [Fact]
    public async Task Two_different_ids_in_header_and_body_are_a_400()
    {
        using var http = stack.ClientFor(stack.John);
        using var response = await PostAsync(http, new { message = Question, clientMessageId = "one" }, "two");
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "Invalid client message id");
    }

    [Fact]
    public async Task Over_the_websocket_a_message_resent_after_a_lost_connection_is_answered_from_the_history()
    {
        var account = await stack.SignInThrowawayAsync();
        var id = Guid.NewGuid().ToString();
        JsonElement first;
        using (var socket = await ChatWebSocketTests.ConnectAsync(account.AccessToken))
        {
            await ChatWebSocketTests.SendAsync(socket, new { message = Question, clientMessageId = id });
            (_, first) = await ChatWebSocketTests.ReadAnswerAsync(socket);
            socket.Abort();   // the connection is lost before the client knew it had the answer
        }
        using var again = await ChatWebSocketTests.ConnectAsync(account.AccessToken);
        await ChatWebSocketTests.SendAsync(again, new { message = Question, clientMessageId = id });
        var (chunks, replay) = await ChatWebSocketTests.ReadAnswerAsync(again);

        Assert.Equal(id, first.GetProperty("clientMessageId").GetString());
        Assert.False(first.GetProperty("replayed").GetBoolean());
        Assert.True(replay.GetProperty("replayed").GetBoolean());
        Assert.Equal(first.GetProperty("messageId").GetGuid(), replay.GetProperty("messageId").GetGuid());
        Assert.Equal(first.GetProperty("text").GetString(), string.Concat(chunks));
        using var http = stack.ClientFor(account);
        Assert.Single(await HistoryAsync(http, first.GetProperty("conversationId").GetGuid()));

        await ChatWebSocketTests.SendAsync(again, new { message = "hello", clientMessageId = id });
        var error = await ChatWebSocketTests.ReceiveAsync(again);
        Assert.Equal(422, error.GetProperty("status").GetInt32());
        Assert.Equal(id, error.GetProperty("clientMessageId").GetString());
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/chat/messages") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        return http.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<List<Guid>> HistoryAsync(HttpClient http, Guid conversationId)
    {
        var history = await http.GetFromJsonAsync<JsonElement>($"api/chat/conversations/{conversationId}/messages");
        return [.. history.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("messageId").GetGuid())];
    }

    /// <summary>The user's conversations with their message counts.</summary>
    private static async Task<List<(Guid Id, int Messages)>> ConversationsAsync(HttpClient http)
    {
        var list = await http.GetFromJsonAsync<JsonElement>("api/chat/conversations");
        return [.. list.EnumerateArray().Select(c => (c.GetProperty("conversationId").GetGuid(), c.GetProperty("messageCount").GetInt32()))];
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, JsonDocument.Parse(body).RootElement.GetProperty("title").GetString());
    }
}
