using Matching.Domain.Common;

namespace Matching.DemoData.Vocabulary;

/// <summary>
/// Invented employer names per branche. They sound like firms in Vechtdal and Zwolle but are fictional:
/// demo data must never suggest that a real company offers a placement.
/// </summary>
public static class EmployerNames
{
    private static readonly string[][] Table = Build();

    public static IReadOnlyList<string> For(Branche branche) => Table[(int)branche];

    internal static string[] ArrayFor(Branche branche) => Table[(int)branche];

    private static string[][] Build()
    {
        var table = new string[Enum.GetValues<Branche>().Length][];
        table[(int)Branche.Bouw] = ["Bouwbedrijf Haverkamp & Zn.", "Aannemersbedrijf De Kolkweg", "Bouwgroep Vechtstreek", "Timmerbedrijf Schuttenbelt", "Renovatiebedrijf Oosterveld", "Dakwerken Klein Lemkes"];
        table[(int)Branche.Logistiek] = ["Distributiecentrum Hessenpoort-Noord", "Opslag & Overslag Marsdijk", "Logistiek Centrum Lemelerveld", "Vechtdal Fulfilment", "Warehouse Ten Brinke", "Palletcentrum De Stouwe"];
        table[(int)Branche.Productie] = ["Kunststoffabriek Oldeveld", "Verpakkingen Ommerschans", "Assemblagebedrijf Den Hulst", "Productiebedrijf Regge & Vecht", "Papierwaren Heino-Oost", "Rubberfabriek Mariënberg-West"];
        table[(int)Branche.Metaal] = ["Metaalbewerking Nijenhuis", "Constructiebedrijf Engbersen", "Lasbedrijf De Lichtmis", "Plaatwerkerij Gramsbergen-Zuid", "Machinefabriek Vilsteren", "Staalbouw Oude Wetering"];
        table[(int)Branche.Voedingsindustrie] = ["Bakkerij Wesselink", "Vleeswarenfabriek Sallands Best", "Zuivelhoeve Varsen", "Maaltijdenkeuken De Vechtkom", "Conservenfabriek Luttenberg-Zuid", "Snoepfabriek Het Zoete Dal"];
        table[(int)Branche.Zorg] = ["Zorgcentrum De Vechtoever", "Woonzorg Sallandshof", "Thuiszorg Overijssel-Midden", "Kinderopvang De Bolderwagen", "Zorgboerderij De Grote Esch", "Woongroep Het Baken"];
        table[(int)Branche.Schoonmaak] = ["Schoonmaakbedrijf Glans & Co", "Schoonmaakdienst Vechtdal", "Glazenwasserij Helder Zicht", "Reinigingsbedrijf Kranenburg", "Facilitaire Schoonmaak Zwolle-Zuid"];
        table[(int)Branche.Horeca] = ["Restaurant De Olde Vechte", "Hotel-Restaurant Het Hooiland", "Eetcafé De Brink", "Partycentrum De Lemelerberg", "Lunchroom Het Pakhuis", "Strandpaviljoen De Agelerbroek"];
        table[(int)Branche.Detailhandel] = ["Supermarkt Buurtkorf Dalfsen", "Tuincentrum De Vechtdal Hof", "Bouwmarkt Klusstee", "Kringloopwinkel Tweede Kans", "Modehuis Jansen-Ruiter", "Dierenspeciaalzaak Het Kwispelhuis"];
        table[(int)Branche.Groen] = ["Hoveniersbedrijf Groenrijk Salland", "Groenvoorziening Vechtdal", "Kwekerij De Hessel", "Boomkwekerij Ankum", "Manege De Zwarte Dennen", "Zorgboerderij 't Holtslag"];
        table[(int)Branche.Facilitair] = ["Facilitair Bedrijf Gemeentehuis", "Congrescentrum De IJsselzaal", "Beveiligingsbureau Waakzaam Oost", "Sportcentrum De Vechtstroom", "Onderwijsgroep Salland Facilitair"];
        table[(int)Branche.Administratie] = ["Administratiekantoor Bosch & Veldman", "Klantcontactcentrum Zwolle-Noord", "Woningstichting Vechthorst", "Accountantskantoor Lenferink", "Verzekeringskantoor Dalmsholte"];
        table[(int)Branche.Transport] = ["Transportbedrijf Ter Horst", "Koeriersdienst Vechtdal Express", "Taxibedrijf Hoonhorst", "Expeditie Lemelerveld", "Vrachtvervoer Oosterhuis & Zn.", "Zorgvervoer Salland"];
        return table;
    }
}
