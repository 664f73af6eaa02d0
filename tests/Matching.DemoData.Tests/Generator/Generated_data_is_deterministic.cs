using System.Text.Json;

namespace Matching.DemoData.Tests.Generator;

public class Generated_data_is_deterministic
{
    [Fact]
    public void Same_seed_gives_identical_candidates()
    {
        var first = Json(new DemoDataGenerator(42).Candidates(500));
        var second = Json(new DemoDataGenerator(42).Candidates(500));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Same_seed_gives_identical_vacancies()
    {
        var first = Json(new DemoDataGenerator(42).Vacancies(100).Select(v => new { v.Id, v.Input }));
        var second = Json(new DemoDataGenerator(42).Vacancies(100).Select(v => new { v.Id, v.Input }));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_seed_gives_different_data()
    {
        Assert.NotEqual(Json(new DemoDataGenerator(1).Candidates(50)), Json(new DemoDataGenerator(2).Candidates(50)));
        Assert.NotEqual(
            Json(new DemoDataGenerator(1).Vacancies(20).Select(v => new { v.Id, v.Input })),
            Json(new DemoDataGenerator(2).Vacancies(20).Select(v => new { v.Id, v.Input })));
    }

    [Fact]
    public void Enumerating_twice_repeats_the_data_and_a_longer_run_extends_a_shorter_one()
    {
        var generator = new DemoDataGenerator(7);
        var shortRun = Json(generator.Candidates(100));
        var longRun = generator.Candidates(300).Take(100);
        Assert.Equal(shortRun, Json(longRun));
    }

    private static string Json<T>(IEnumerable<T> items) => JsonSerializer.Serialize(items.ToList());
}
