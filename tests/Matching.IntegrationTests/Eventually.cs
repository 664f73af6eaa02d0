namespace Matching.IntegrationTests;

public static class Eventually
{
    /// <summary>Polls until <paramref name="condition"/> holds; fails with <paramref name="what"/> when it never does.</summary>
    /// <param name="pollEvery">Between polls; 100 ms unless a test must act the moment the condition holds.</param>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, TimeSpan? pollEvery = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out after {timeout.TotalSeconds:0}s waiting for: {what}");
            await Task.Delay(pollEvery ?? TimeSpan.FromMilliseconds(100));
        }
    }

    public static Task HoldsAsync(Func<bool> condition, TimeSpan timeout, string what, TimeSpan? pollEvery = null) =>
        HoldsAsync(() => Task.FromResult(condition()), timeout, what, pollEvery);
}
