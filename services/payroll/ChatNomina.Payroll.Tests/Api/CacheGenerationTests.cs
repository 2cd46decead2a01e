using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChatNomina.Payroll.Tests.Support;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.Extensions.DependencyInjection;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>
/// The race that delete-on-write caching loses: a reader loads the old row, the writer commits and
/// invalidates, then the reader stores what it loaded. With generations the late write lands where
/// no later reader looks (the service's own <see cref="RedisJsonCache"/> on the real Redis).
/// </summary>
public sealed class CacheGenerationTests(PayrollFactory factory) : IClassFixture<PayrollFactory>
{
    private static readonly JsonTypeInfo<string> Text = (JsonTypeInfo<string>)JsonSerializerOptions.Default.GetTypeInfo(typeof(string));
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(5);

    private RedisJsonCache Cache => factory.Services.GetRequiredService<RedisJsonCache>();

    [Fact]
    public async Task A_value_loaded_before_an_invalidation_but_stored_after_it_is_never_served()
    {
        var scope = $"test-scope:{Guid.NewGuid():N}";
        var loading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var committed = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var slowReader = Cache.GetOrLoadAsync("test", scope, $"{scope}:value", Text, Ttl, async _ =>
        {
            loading.SetResult();
            return await committed.Task; // still holds the row as it was before the write
        }, CancellationToken.None);
        await loading.Task;

        Assert.True(await Cache.InvalidateScopesAsync("test", [scope]));
        committed.SetResult("old");
        Assert.Equal("old", await slowReader);

        Assert.Equal("new", await Cache.GetOrLoadAsync("test", scope, $"{scope}:value", Text, Ttl,
            _ => Task.FromResult<string?>("new"), CancellationToken.None));
        Assert.Equal("new", await Cache.GetOrLoadAsync("test", scope, $"{scope}:value", Text, Ttl,
            _ => throw new InvalidOperationException("the fresh value should now come from Redis"), CancellationToken.None));
    }

    [Fact]
    public async Task Invalidating_one_scope_keeps_the_others_cached()
    {
        var (a, b) = ($"test-scope:{Guid.NewGuid():N}", $"test-scope:{Guid.NewGuid():N}");
        await Cache.GetOrLoadAsync("test", a, $"{a}:value", Text, Ttl, _ => Task.FromResult<string?>("a1"), CancellationToken.None);
        await Cache.GetOrLoadAsync("test", b, $"{b}:value", Text, Ttl, _ => Task.FromResult<string?>("b1"), CancellationToken.None);

        Assert.True(await Cache.InvalidateScopesAsync("test", [a, a]));

        Assert.Equal("a2", await Cache.GetOrLoadAsync("test", a, $"{a}:value", Text, Ttl,
            _ => Task.FromResult<string?>("a2"), CancellationToken.None));
        Assert.Equal("b1", await Cache.GetOrLoadAsync("test", b, $"{b}:value", Text, Ttl,
            _ => Task.FromResult<string?>("b2"), CancellationToken.None));
    }
}
