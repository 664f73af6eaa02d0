using Matching.Search.Lucene;

namespace Matching.Search.Tests;

public sealed class LuceneVacancyIndexConformanceTests : VacancyIndexConformanceTests
{
    protected override IVacancyIndex CreateIndex(string folder) => new LuceneVacancyIndex(folder);
}
