using System.Security.Cryptography;
using System.Text;
using Matching.Domain.Occupations;
using Matching.Domain.Parties;
using Matching.Domain.Text;

namespace Matching.Search;

/// <summary>
/// What a candidate document holds besides the profile itself, as one fingerprint: the document format, the analysis
/// (the compound word list), the occupation readings the portfolio text adds (ESCO's labels, the project's job titles and
/// employer names, the normaliser's rules) and each owner's subregion and region (consent). A document built with another fingerprint
/// answers with yesterday's words or visibility, so both backends build it again from its stored profile
/// (<see cref="Lucene.LuceneCandidateIndex"/>, <see cref="Elasticsearch.StaleCandidateRebuild"/>).
/// </summary>
internal static class CandidateIndexContent
{
    /// <param name="parties">The directory consent is decided against.</param>
    /// <param name="documentFormat">
    /// The backend's own document format: raise it when that backend's document builder indexes something else for the
    /// same profile, so its documents are built again and the other backend's are left alone.
    /// </param>
    public static string Fingerprint(PartyDirectory parties, int documentFormat)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string value) => hash.AppendData(Encoding.UTF8.GetBytes(value + "\n"));
        Add($"format {documentFormat}; readings {OccupationNormaliser.ReadingRules}");
        foreach (var word in CompoundDictionary.Dutch.Words) Add(word);
        foreach (var (title, code) in ProjectVocabulary.Synonyms.OrderBy(s => s.Key, StringComparer.Ordinal)) Add($"{title}={code}");
        foreach (var (brand, workplace) in EmployerBrands.Workplaces.OrderBy(b => b.Key, StringComparer.Ordinal)) Add($"{brand}@{workplace}");
        foreach (var o in OccupationCatalogue.Esco.Occupations)
            Add($"{o.Uuid}|{o.Code}|{o.IscoGroup}|{o.PreferredLabel}|{string.Join('|', o.AltLabels)}|{string.Join('|', o.Broader)}");
        foreach (var party in parties.All.OrderBy(p => p.Code, StringComparer.Ordinal)) Add($"{party.Code}|{party.Subregion}|{party.Region}");
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
