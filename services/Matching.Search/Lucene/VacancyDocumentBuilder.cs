using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Matching.Domain.Vacancies;

namespace Matching.Search.Lucene;

/// <summary>Turns a vacancy into the Lucene document the vacancy filters and sort read.</summary>
internal static class VacancyDocumentBuilder
{
    public static Term KeyOf(string id) => new(VacancyFields.Id, id);

    public static Document Build(Vacancy vacancy) => new()
    {
        SourceField.Of(vacancy),
        new StringField(VacancyFields.Id, vacancy.Id, Field.Store.NO),
        new SortedDocValuesField(VacancyFields.Id, new BytesRef(vacancy.Id)),
        new StringField(VacancyFields.Status, vacancy.Status.ToString(), Field.Store.NO),
        new StringField(VacancyFields.Municipality, vacancy.MunicipalityCode, Field.Store.NO),
        new StringField(VacancyFields.Branche, vacancy.Branche.ToString(), Field.Store.NO),
        new Int64Field(VacancyFields.UpdatedAt, vacancy.UpdatedAt.UtcTicks, Field.Store.NO),
        new NumericDocValuesField(VacancyFields.UpdatedAt, vacancy.UpdatedAt.UtcTicks),
    };
}
