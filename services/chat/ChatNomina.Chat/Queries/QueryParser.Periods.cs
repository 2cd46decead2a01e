using System.Text.RegularExpressions;
using ChatNomina.Chat.Conversations;
using ChatNomina.Chat.Data;
using ChatNomina.Chat.Understanding;

namespace ChatNomina.Chat.Queries;

/// <summary>The periods a message names (months, ranges, quarters, half years, years, year to date, relative ones).</summary>
public static partial class QueryParser
{
    /// <summary>The periods a message names, in order, resolved against its time and the previous query.</summary>
    private static (List<PeriodHit> Periods, bool Referred, bool ReferredFound) FindPeriods(string f, string original, IReadOnlyList<Contracts.Inference.ExtractedEntity> entities,
        DateTimeOffset now, PayrollQuery? previous, Words words)
    {
        var comparesOrExplains = words.Compare || words.Explain;
        var current = Period.Of(now);
        var hits = new List<PeriodHit>();
        var taken = new bool[f.Length];
        var referred = false;
        var referredFound = false;
        var prev = previous?.Requests[0].Period;
        var prevMonth = prev is { Kind: PeriodKind.Month, From: { } pm } ? pm : (Period?)null;
        var sameMonthOfYear = false; // "el mismo mes del año anterior" after a month: already that month's year
        var vagueRefs = new HashSet<int>(); // positions of "ese mismo mes", "that" pointing back: a period named beside them wins
        bool Free(Match m) => !Enumerable.Range(m.Index, m.Length).Any(i => taken[i]);
        void Take(Match m, QueryPeriod p)
        {
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                taken[i] = true;
            }
            hits.Add(new PeriodHit(m.Index, p));
        }

        // Quarters.
        foreach (Match m in QuarterPattern().Matches(f))
        {
            if (!m.Groups["y"].Success && Regex.IsMatch(f[(m.Index + m.Length)..], @"^\W*(bonus|bono|prima|incentiv)")
                && WordPattern().Matches(f).Any(w => QueryLexicon.MonthWords.ContainsKey(w.Value) && w.Value.Length > 3))
            {
                // "the Q3 bonus was paid with the September salary": the bonus's name; the month says when.
                for (var i = m.Index; i < m.Index + m.Length; i++)
                {
                    taken[i] = true;
                }
                continue;
            }
            var word = m.Groups["n"].Value;
            var q = word switch
            {
                "1" or "primer" or "1er" or "1o" or "first" or "1st" => 1,
                "2" or "segundo" or "2o" or "second" or "2nd" => 2,
                "3" or "tercer" or "3er" or "3o" or "third" or "3rd" => 3,
                _ => 4,
            };
            var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : (QueryLexicon.FollowUpStart().IsMatch(f) || prev is { IsRange: true }) && prev?.From is { } talkedQuarter && new Period(talkedQuarter.Year, (q * 3) - 2) <= current
                    ? talkedQuarter.Year
                : (q * 3 - 2) <= current.Month ? current.Year : current.Year - 1;
            if (!m.Groups["y"].Success && MonthRelativeYearPattern().Match(f[(m.Index + m.Length)..]) is { Success: true } ry)
            {
                // "el tercer trimestre de este año", "the first quarter of last year".
                y = RelativeYear(ry.Value, current.Year);
                for (var i = m.Index + m.Length; i < m.Index + m.Length + ry.Length; i++)
                {
                    taken[i] = true;
                }
            }
            else if (!m.Groups["y"].Success && LooseYearAfter().Match(f[(m.Index + m.Length)..]) is { Success: true } ly)
            {
                // "el segundo trimestre de 2025" written with the year a little apart.
                y = int.Parse(ly.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                for (var i = m.Index + m.Length; i < m.Index + m.Length + ly.Length; i++)
                {
                    taken[i] = true;
                }
            }
            Take(m, QueryPeriod.Quarter(y, q));
        }
        foreach (Match m in LastQuarterOfYear().Matches(f))
        {
            // "the last quarter of 2024", "el último trimestre de 2024": its fourth quarter.
            Take(m, QueryPeriod.Quarter(int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), 4));
        }
        foreach (Match m in RelativeQuarterPattern().Matches(f))
        {
            if (!Free(m))
            {
                continue;
            }
            var cq = (current.Month - 1) / 3;
            var v = m.Value;
            var anchor = prev is { From: { } pf } ? (pf.Year * 4) + ((pf.Month - 1) / 3) : (current.Year * 4) + cq;
            int index;
            if (Regex.IsMatch(v, @"before|anterior|previous|prior|previo") && prev is not null && Regex.IsMatch(v, @"before (that|it|this)|prior to|anterior a ese|trimestre anterior|trimestre previo|the quarter before|the previous quarter"))
            {
                index = anchor - 1;
                referred = true;
            }
            else if (Regex.IsMatch(v, @"siguiente|following|next|after"))
            {
                index = anchor + 1;
                referred = prev is not null;
            }
            else if (Regex.IsMatch(v, @"same quarter|mismo trimestre") && Regex.IsMatch(v, @"year|ano"))
            {
                // "and for the same quarter last year?": the quarter talked about, a year back.
                index = anchor - 4;
                referred = true;
            }
            else if (Regex.IsMatch(v, @"ese|that|same|mismo|whole|^(el |del )?trimestre$"))
            {
                index = anchor;
                referred = true;
                if (YearPattern().Match(f) is { Success: true } ym && Free(ym))
                {
                    index = (int.Parse(ym.Value, System.Globalization.CultureInfo.InvariantCulture) * 4) + (anchor % 4);
                    var yMatch = YearPattern().Match(f);
                    Take(yMatch, QueryPeriod.None);
                    hits.RemoveAt(hits.Count - 1);
                }
            }
            else if (Regex.IsMatch(v, @"este|this|current|actual"))
            {
                index = (current.Year * 4) + cq;
            }
            else
            {
                index = (current.Year * 4) + cq - 1;
            }
            Take(m, QueryPeriod.Quarter(index / 4, (index % 4) + 1));
        }

        // "and the second half?" after the first half of 2025: the same year.
        int? prevHalfYear(Match m) => prev is { Kind: PeriodKind.Range, From: { } hf, To: { } ht } && hf.Year == ht.Year && ht.Month - hf.Month == 5 ? hf.Year : null;

        // Half years ("el primer semestre de 2025", "the second half of 2024").
        foreach (Match m in HalfYearPattern().Matches(f))
        {
            if (!Free(m))
            {
                continue;
            }
            var second = Regex.IsMatch(m.Value, @"segundo|second|2nd");
            var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : m.Groups["rel"].Success ? (Regex.IsMatch(m.Groups["rel"].Value, @"pasado|last|previous|anterior") ? current.Year - 1 : current.Year)
                : prevHalfYear(m) ?? ((second ? 7 : 1) <= current.Month ? current.Year : current.Year - 1);
            Take(m, new QueryPeriod(PeriodKind.Range, new Period(y, second ? 7 : 1), new Period(y, second ? 12 : 6)));
        }

        // "los tres primeros meses de 2024", "the last two months of last year".
        foreach (Match m in MonthsOfYearPattern().Matches(f))
        {
            if (!Free(m))
            {
                continue;
            }
            var n = Math.Clamp(QueryLexicon.ParseNumber(m.Groups["n"].Value), 1, 12);
            var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : Regex.IsMatch(m.Groups["rel"].Value, @"pasado|last|previous|anterior|before") ? current.Year - 1 : current.Year;
            var last = Regex.IsMatch(m.Groups["pos"].Value, @"ultim|last");
            Take(m, new QueryPeriod(PeriodKind.Range, new Period(y, last ? 13 - n : 1), new Period(y, last ? 12 : n)));
        }

        // "¿y en el primero?" after a quarter: that quarter of the same year.
        var prevHalf = prev is { Kind: PeriodKind.Range, From: { } hf, To: { } ht } && hf.Year == ht.Year && (hf.Month, ht.Month) is (1, 6) or (7, 12);
        // "de enero a marzo de 2026" then "¿y en el segundo?": three months of a quarter are that quarter.
        var prevQuarterLike = prev is { Kind: PeriodKind.Range, From: { } qf, To: { } qt } && qf.Year == qt.Year && qf.Month % 3 == 1 && qt.Month == qf.Month + 2;
        if (prev is { Kind: PeriodKind.Quarter or PeriodKind.Range, From: { } pq } && (prev.Kind == PeriodKind.Quarter || prevHalf || prevQuarterLike) && WordPattern().Matches(f).Count <= 7)
        {
            foreach (Match m in OrdinalAlone().Matches(f))
            {
                if (!Free(m))
                {
                    continue;
                }
                var n = m.Groups["n"].Value;
                var q = n.StartsWith("pri", StringComparison.Ordinal) || n is "first" or "1st" ? 1
                    : n.StartsWith("seg", StringComparison.Ordinal) || n is "second" or "2nd" ? 2
                    : n.StartsWith("ter", StringComparison.Ordinal) || n is "third" or "3rd" ? 3 : 4;
                if (prevHalf && q > 2)
                {
                    continue;
                }
                Take(m, prevHalf ? new QueryPeriod(PeriodKind.Range, new Period(pq.Year, q == 1 ? 1 : 7), new Period(pq.Year, q == 1 ? 6 : 12))
                    : QueryPeriod.Quarter(pq.Year, q));
                referred = true;
            }
        }
        // "¿y un año después?", "a year earlier": the month talked about, a year on or back.
        foreach (Match m in YearShift().Matches(f))
        {
            if (Free(m) && prevMonth is { } shifted)
            {
                var later = Regex.IsMatch(m.Value, @"despues|mas tarde|later|after|\bon$");
                Take(m, QueryPeriod.Month(new Period(shifted.Year + (later ? 1 : -1), shifted.Month)));
                referred = true;
            }
        }

        // "and the three months before those?": the N months before the period talked about.
        foreach (Match m in MonthsBefore().Matches(f))
        {
            if (Free(m) && prev?.From is { } start)
            {
                var n = Math.Clamp(QueryLexicon.ParseNumber(m.Groups["n"].Value), 1, 36);
                Take(m, new QueryPeriod(PeriodKind.Range, Add(start, -n), Add(start, -1)));
                referred = true;
            }
        }

        // "out of those six months": the last N months of the period talked about.
        foreach (Match m in ThoseMonths().Matches(f))
        {
            if (Free(m) && prev?.To is { } end)
            {
                var n = Math.Clamp(QueryLexicon.ParseNumber(m.Groups["n"].Value), 1, 36);
                Take(m, new QueryPeriod(PeriodKind.Range, Add(end, -(n - 1)), end));
                referred = true;
            }
        }

        // Last N months.
        foreach (Match m in LastMonthsPattern().Matches(f))
        {
            if (!Free(m))
            {
                continue;
            }
            var n = Math.Clamp(QueryLexicon.ParseNumber(m.Groups["n"].Value), 1, 36);
            var to = Add(current, -1);
            Take(m, new QueryPeriod(PeriodKind.Range, Add(to, -(n - 1)), to));
        }

        // Month names, with the year next to them.
        var months = new List<(Match Word, int Month, int? Year, int End)>();
        var lastOnes = new HashSet<int>(); // positions of "last October": the one before another October named
        foreach (Match w in WordPattern().Matches(f))
        {
            if (!Free(w))
            {
                continue;
            }
            var before = f[..w.Index];
            var after = f[(w.Index + w.Length)..];
            var originalWord = original.Length == f.Length ? original.Substring(w.Index, w.Length) : w.Value;
            if (QueryLexicon.MonthOf(w.Value, before, after, originalWord) is not { } month)
            {
                continue;
            }
            int? year = null;
            var end = w.Index + w.Length;
            if (MonthYearPattern().Match(after) is { Success: true } my)
            {
                var y = my.Groups["y"].Value.TrimStart('\'');
                year = y.Length == 2 ? 2000 + int.Parse(y, System.Globalization.CultureInfo.InvariantCulture) : int.Parse(y, System.Globalization.CultureInfo.InvariantCulture);
                end += my.Length;
            }
            else if (ThatYearAfter().Match(after) is { Success: true } thatYear && prev?.To is { } talkedAbout)
            {
                year = talkedAbout.Year;
                end += thatYear.Length;
            }
            else if (MonthRelativeYearPattern().Match(after) is { Success: true } rel)
            {
                year = RelativeYear(rel.Value, current.Year);
                end += rel.Length;
            }
            var shift = BeforeMonth().IsMatch(before) ? -1 : AfterMonth().IsMatch(before) ? 1 : 0;
            if (year is null && Regex.IsMatch(before, @"\b(this|este|esta)\s+$"))
            {
                // "this December's": this year's, paid or not yet.
                year = current.Year;
            }
            if (year is null && prevMonth is { } talkedBefore && Regex.Match(after, @"^\s+(anterior|previo|de antes)\b") is { Success: true } earlierOne)
            {
                // "y el bruto del diciembre anterior?" after December 2025: December 2024, the one before the month talked about.
                year = month < talkedBefore.Month ? talkedBefore.Year : talkedBefore.Year - 1;
                end += earlierOne.Length;
            }
            if (year is null && (LastBefore().IsMatch(before) || PastAfter().Match(after) is { Success: true }))
            {
                // "last December", "el pasado diciembre", "diciembre pasado": the latest one before this month.
                year = month < current.Month ? current.Year : current.Year - 1;
                lastOnes.Add(w.Index);
                if (PastAfter().Match(after) is { Success: true } past)
                {
                    end += past.Length;
                }
            }
            for (var i = w.Index; i < end; i++)
            {
                taken[i] = true;
            }
            if (shift != 0 && year is { } shiftedYear)
            {
                // "justo antes de marzo de 2025": February 2025.
                var moved = Add(new Period(shiftedYear, month), shift);
                (month, year) = (moved.Month, moved.Year);
            }
            months.Add((w, month, year, end));
        }
        // A lone year elsewhere applies to the months without one ("between July and September 2025").
        var looseYears = YearPattern().Matches(f).Where(Free).ToList();
        var looseYear = looseYears.Count == 1 && months.Count > 0 ? int.Parse(looseYears[0].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        if (looseYear is not null)
        {
            for (var i = looseYears[0].Index; i < looseYears[0].Index + looseYears[0].Length; i++)
            {
                taken[i] = true;
            }
        }
        else if ((months is [{ Year: null }] && !QueryLexicon.Total().IsMatch(f) && !comparesOrExplains
                || (months is [{ Year: null }, { Year: null }] && (MonthRangeWords().IsMatch(f) || comparesOrExplains)))
            && looseYears.Count == 0
            && RelativeYearPattern().Matches(f).Where(Free).ToList() is [var loose] && LooseRelativeYear().IsMatch(loose.Value))
        {
            // "the bonus paid with the September salary - how much was it this year?": September of this year.
            looseYear = RelativeYear(loose.Value, current.Year);
            for (var i = loose.Index; i < loose.Index + loose.Length; i++)
            {
                taken[i] = true;
            }
        }
        var followUp = QueryLexicon.FollowUpStart().IsMatch(f) || words.Compare;
        var resolved = new List<(int Position, Period P, int End)>();
        (int Position, Period P)? yearlessMonth = null;
        foreach (var (word, month, year, end) in months)
        {
            // "September 2025 … than August's": a month without a year takes the year written with its neighbour.
            var neighbour = months.Where(o => o.Year is not null).OrderBy(o => Math.Abs(o.Word.Index - word.Index))
                .Select(o => (Period?)new Period(o.Year!.Value, o.Month)).FirstOrDefault();
            var anchor = neighbour ?? (prev is { Kind: PeriodKind.Month, From: { } talkedMonth } && !QueryLexicon.Future().IsMatch(f) ? talkedMonth
                : followUp && prev?.From is { } talked ? new Period(talked.Year, month) : (Period?)null);
            var y = year ?? looseYear ?? (anchor is { } near ? Nearest(month, near, current)
                : !QueryLexicon.Future().IsMatch(f) ? (month <= current.Month ? current.Year : current.Year - 1)
                : month < current.Month && month == current.Next().Month ? current.Year + 1 : current.Year); // "budget for january" in December: the coming one
            resolved.Add((word.Index, new Period(y, month), end));
            if (year is null && looseYear is null && months.Count == 1)
            {
                yearlessMonth = (word.Index, new Period(y, month));
            }
        }
        if (lastOnes.Count > 0 && resolved.Count == 2 && resolved[0].P == resolved[1].P)
        {
            // "October this year vs last October": the October before.
            resolved = [.. resolved.Select(r => lastOnes.Contains(r.Position) ? (r.Position, new Period(r.P.Year - 1, r.P.Month), r.End) : r)];
        }
        // "entre julio y septiembre", "from July to September": one range.
        if (resolved.Count == 2 && RangeBetween().IsMatch(f[resolved[0].End..resolved[1].Position])
            && (RangeStart().IsMatch(f[..resolved[0].Position]) || Regex.IsMatch(f[resolved[0].End..resolved[1].Position], @"through|thru|until|till|hasta")))
        {
            var (a, b) = (resolved[0].P, resolved[1].P);
            if (a > b && months[0].Year is null)
            {
                a = new Period(a.Year - 1, a.Month);
            }
            hits.Add(new PeriodHit(resolved[0].Position, new QueryPeriod(PeriodKind.Range, a <= b ? a : b, a <= b ? b : a)));
        }
        else if (resolved.Count == 1 && SinceStart().IsMatch(f[..resolved[0].Position]) && resolved[0].P <= current)
        {
            // "desde enero", "since March 2025": from that month to the last one paid.
            hits.Add(new PeriodHit(resolved[0].Position, new QueryPeriod(PeriodKind.YearToDate, resolved[0].P, current)));
        }
        else
        {
            hits.AddRange(resolved.Select(r => new PeriodHit(r.Position, QueryPeriod.Month(r.P))));
        }

        // "¿y en todo ese año?", "that whole year": the year talked about.
        foreach (Match m in ThatYear().Matches(f))
        {
            if (Free(m) && prev?.To is { } talked)
            {
                Take(m, talked.Year == current.Year ? YearToDate(current) : QueryPeriod.Year(talked.Year));
                referred = true;
            }
        }

        // "¿y la siguiente extra?": the next extra pay month (June or December) after the month talked about.
        foreach (Match m in NextExtra().Matches(f))
        {
            if (Free(m))
            {
                var from = prevMonth ?? current;
                Take(m, QueryPeriod.Month(from.Month < 6 ? new Period(from.Year, 6) : from.Month < 12 ? new Period(from.Year, 12) : new Period(from.Year + 1, 6)));
                referred = prevMonth is not null;
            }
        }

        // "the first payslip of 2025": its January; "la última nómina de 2024": its December.
        foreach (Match m in FirstOfYear().Matches(f))
        {
            if (Free(m))
            {
                var y = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
                Take(m, QueryPeriod.Month(new Period(y, Regex.IsMatch(m.Value, @"first|primer") ? 1 : 12)));
            }
        }

        // "la nómina de principios de año": January; "since the start of the year": the year so far.
        foreach (Match m in StartOfYear().Matches(f))
        {
            if (Free(m))
            {
                Take(m, m.Groups["since"].Value is "desde" or "since" ? YearToDate(current) : QueryPeriod.Month(new Period(current.Year, 1)));
            }
        }

        // Relative months.
        foreach (Match m in RelativeMonthPattern().Matches(f))
        {
            if (!Free(m))
            {
                continue;
            }
            var v = m.Value;
            if (resolved.Count > 0 && VagueOne().IsMatch(v) && !comparesOrExplains)
            {
                // "and the previous one, in march?", "and the sept one after that?": the month named says which one.
                continue;
            }
            QueryPeriod p;
            if (!Regex.IsMatch(v, @"\b(after|before)\b")
                && (Regex.IsMatch(v, @"^(ese|that|same|mismo|esa|this one|then)") || Regex.IsMatch(v, @"that (month|payment|payslip|pay)|ese mes|esa nomina|ese pago|mismo mes|that one|this one")))
            {
                if (previous?.Requests[0].Found is { } found)
                {
                    // "why was that one higher?" after "which month was the highest?": that month.
                    p = QueryPeriod.Month(found);
                    referredFound = true;
                }
                else if (prev is not { IsKnown: true })
                {
                    continue;
                }
                else
                {
                    p = prev;
                }
                if (p is { Kind: PeriodKind.Month, From: { } same } && SameMonthYear().Match(f[(m.Index + m.Length)..]) is { Success: true } sy)
                {
                    // "el mismo mes pero del año pasado", "the same month of 2024".
                    var y = sy.Groups["y"].Success ? int.Parse(sy.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)
                        : Regex.IsMatch(sy.Value, @"anterior|previous|before|prior|ago|earlier|back|antes|hace") ? same.Year - 1
                        : Regex.IsMatch(sy.Value, @"pasado|last") ? current.Year - 1 : current.Year;
                    p = QueryPeriod.Month(new Period(y, same.Month));
                    sameMonthOfYear = true;
                    for (var i = m.Index + m.Length; i < m.Index + m.Length + sy.Length; i++)
                    {
                        taken[i] = true;
                    }
                }
                referred = true;
                if (!sameMonthOfYear && Regex.IsMatch(v, @"^((en )?(ese|esa|that|this)( mismo| same)? (mes|month)|(el |the )?(mismo mes|same month)|(ese|esa|that)\W*)$"))
                {
                    vagueRefs.Add(m.Index);
                }
            }
            else if (Regex.IsMatch(v, @"^(go )?back|^one (more )?month|^one (further|more) back|^un mes"))
            {
                // "go back one more month", "un mes más atrás": the month before the one talked about.
                referred = prevMonth is not null;
                p = QueryPeriod.Month(prevMonth is { } pb ? pb.Previous() : Add(current, -1));
            }
            else if (prevMonth is { } shiftFrom && Regex.IsMatch(v, @"(mes|meses|month|months) (mas tarde|mas adelante|despues|later|after|earlier|before|antes)$"))
            {
                // "¿y dos meses más tarde?", "the one three months earlier": counted from the month talked about.
                var n = NumberIn().Match(v) is { Success: true } nm2 ? QueryLexicon.ParseNumber(nm2.Value) : 1;
                p = QueryPeriod.Month(Add(shiftFrom, Regex.IsMatch(v, @"tarde|adelante|despues|later|after$") ? n : -n));
                referred = true;
            }
            else if (Regex.IsMatch(v, @"(mes|meses|month|months) (mas tarde|mas adelante|despues|later|after|earlier|before|antes)$"))
            {
                continue; // "the three months before summer": counted from nothing talked about, no month
            }
            else if (Regex.IsMatch(v, @"anterior|before|previous|prior|previ[oa]|\bantes\b") && !Regex.IsMatch(v, @"pasado|last"))
            {
                referred = prevMonth is not null;
                p = QueryPeriod.Month(prevMonth is { } pmm ? pmm.Previous() : Add(current, -1));
            }
            else if (Regex.IsMatch(v, @"siguiente|following|the next|despues|(month|one) (right |just |immediately )?after"))
            {
                referred = prevMonth is not null;
                // "when's payday for the next one?" with no month talked about: the next payment.
                p = prevMonth is { } pn ? QueryPeriod.Month(pn.Next()) : Regex.IsMatch(v, @"\bone\b|siguiente") ? QueryPeriod.Next : QueryPeriod.Month(Add(current, 1));
            }
            else if (v.Contains("antepasado", StringComparison.Ordinal) || v.Contains("before last", StringComparison.Ordinal) || v.Contains("before the last", StringComparison.Ordinal))
            {
                p = QueryPeriod.Month(Add(current, -2));
            }
            else if (Regex.IsMatch(v, @"\bmedio ano\b|\bhalf a year\b"))
            {
                p = QueryPeriod.Month(Add(current, -6));
            }
            else if (Regex.IsMatch(v, @"\bano\b|\byear\b"))
            {
                // "hace un año", "a year ago": the same month a year back.
                p = QueryPeriod.Month(Add(current, -12));
            }
            else if (Regex.IsMatch(v, @"hace|ago|back|earlier"))
            {
                var n = Regex.IsMatch(v, @"\bpar\b|\bcouple\b") ? 2 : NumberIn().Match(v) is { Success: true } nm ? QueryLexicon.ParseNumber(nm.Value) : 1;
                p = QueryPeriod.Month(Add(current, -n));
            }
            else if (Regex.IsMatch(v, @"pasado|last|ultimo"))
            {
                p = QueryPeriod.Month(Add(current, -1));
            }
            else if (Regex.IsMatch(v, @"proximo|next|que viene"))
            {
                p = QueryPeriod.Month(Add(current, 1));
            }
            else
            {
                p = QueryPeriod.Month(current);
            }
            Take(m, p);
        }

        // "the 2025 one" after comparing December 2024 with December 2025: that month.
        if (previous?.Requests[0] is { Period: { Kind: PeriodKind.Month, From: { } laterMonth }, Other: { Kind: PeriodKind.Month, From: { } earlierMonth } })
        {
            foreach (Match m in TheYearOne().Matches(f))
            {
                var y = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (Free(m) && (laterMonth.Year == y ? laterMonth : earlierMonth.Year == y ? earlierMonth : (Period?)null) is { } chosen)
                {
                    Take(m, QueryPeriod.Month(chosen));
                    referred = true;
                }
            }
        }

        // Years and the year so far.
        var freeYears = YearPattern().Matches(f).Where(Free).ToList();
        foreach (Match m in freeYears)
        {
            var y = int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture);
            if (prevMonth is { } sameMonth && hits.Count == 0 && freeYears.Count == 1 && y != current.Year && ShortFollowUp(f) && !WholeYear().IsMatch(f))
            {
                // "ok what about 2024 then?" after September's union dues: September 2024.
                Take(m, QueryPeriod.Month(new Period(y, sameMonth.Month)));
                referred = true;
                continue;
            }
            Take(m, y == current.Year ? YearToDate(current) : QueryPeriod.Year(y));
        }
        var namedYear = hits.Any(h => h.Period.Kind is PeriodKind.Year or PeriodKind.YearToDate);
        foreach (Match m in RelativeYearPattern().Matches(f))
        {
            var nextYear = Regex.IsMatch(m.Value, @"que viene|next|proximo");
            var otherYearWords = RelativeYearPattern().Matches(f).Any(x => !Regex.IsMatch(x.Value, @"que viene|next|proximo"));
            if (!Free(m) || ((namedYear || hits.Count > 0) && SoFar().IsMatch(m.Value)) || (nextYear && (hits.Count > 0 || otherYearWords)))
            {
                // "so far in 2024" is the total of 2024.
                continue;
            }
            var v = m.Value;
            if (Regex.IsMatch(v, @"before last|antepasado"))
            {
                Take(m, QueryPeriod.Year(current.Year - 2)); // "the year before last"
                continue;
            }
            if (hits.Any(h => h.Period.Kind is PeriodKind.Range or PeriodKind.Quarter) && Regex.IsMatch(v, @"this year|este ano|current year|ano actual"))
            {
                continue; // "march through may this year": the year of the months named
            }
            var shortFollowUp = hits.Count == 0 && ShortFollowUp(f);
            var possessive = Regex.IsMatch(f[(m.Index + m.Length)..], @"^'?s\b");
            // "so what made it bigger than the year before?" after December 2025: December 2024.
            var yearBeforeTalked = Regex.IsMatch(v, @"anterior|previous|before|prior") && comparesOrExplains;
            if (prevMonth is { } sameMonth && (shortFollowUp || possessive || yearBeforeTalked) && !SoFar().IsMatch(v))
            {
                // "what about last year?" after March 2026's net pay: March 2025; "and the year before?" after March 2024: March 2023.
                var y = Regex.IsMatch(v, @"anterior|previous|before|prior") ? sameMonth.Year - 1
                    : Regex.IsMatch(v, @"pasado|last") ? current.Year - 1
                    : Regex.IsMatch(v, @"que viene|next|proximo") ? current.Year + 1 : current.Year;
                Take(m, QueryPeriod.Month(new Period(y, sameMonth.Month)));
                referred = true;
                continue;
            }
            Take(m, Regex.IsMatch(v, @"pasado|last|anterior|previous|before|prior") ? QueryPeriod.Year(current.Year - 1)
                : Regex.IsMatch(v, @"que viene|next|proximo") ? QueryPeriod.Year(current.Year + 1)
                : YearToDate(current));
        }

        // A season names the month of its extra pay ("la extra de verano", "la paga de Navidad").
        if (!hits.Any(h => h.Period.Kind is PeriodKind.Month or PeriodKind.Range or PeriodKind.Quarter))
        {
            var season = QueryLexicon.ChristmasSeason().IsMatch(f) ? 12 : QueryLexicon.SummerSeason().IsMatch(f) ? 6 : 0;
            if (season > 0)
            {
                var yearHits = hits.Where(h => h.Period.Kind is PeriodKind.Year or PeriodKind.YearToDate).ToList();
                hits.RemoveAll(h => h.Period.Kind is PeriodKind.Year or PeriodKind.YearToDate);
                if (yearHits.Count >= 2)
                {
                    // "did the summer extra go up this year compared to last year?": that month in each year.
                    hits.AddRange(yearHits.Select(h => new PeriodHit(h.Position, QueryPeriod.Month(new Period(h.Period.From!.Value.Year, season)))));
                }
                else
                {
                    // "last Christmas", "el verano pasado": the latest one before this month.
                    var lastSeason = Regex.IsMatch(f, @"\b(last|past) (christmas|x-?mas|summer)\b|\b(la )?(navidad|verano) pasad[oa]\b|\bel (verano|diciembre) pasado\b");
                    var y = yearHits.FirstOrDefault()?.Period.From?.Year ?? (lastSeason ? season < current.Month ? current.Year : current.Year - 1 : (int?)null)
                        ?? prev?.From?.Year ?? current.Year;
                    hits.Add(new PeriodHit(0, QueryPeriod.Month(new Period(y, season))));
                }
            }
        }

        // "last month compared with the same month last year": the month named, a year back.
        if (!sameMonthOfYear && SameMonthLastYear().Match(f) is { Success: true } sameLast && hits.Count(h => h.Period.Kind == PeriodKind.Month) == 1)
        {
            var named = hits.First(h => h.Period.Kind == PeriodKind.Month).Period.From!.Value;
            hits.RemoveAll(h => h.Period.Kind is PeriodKind.Year or PeriodKind.YearToDate);
            var back = sameLast.Groups["n"].Success ? QueryLexicon.ParseNumber(sameLast.Groups["n"].Value) : 1;
            hits.Add(new PeriodHit(sameLast.Index, QueryPeriod.Month(new Period(named.Year - back, named.Month))));
        }

        // "Was my September bonus bigger this year than last year?": that month in each year named.
        if (yearlessMonth is { } lone && words.Compare
            && hits.Count(h => h.Period.Kind is PeriodKind.Year or PeriodKind.YearToDate) >= 1
            && hits.Count(h => h.Period.Kind == PeriodKind.Month && h.Period.From == lone.P) == 1)
        {
            var years = hits.Where(h => h.Period.Kind is PeriodKind.Year or PeriodKind.YearToDate).ToList();
            hits.RemoveAll(h => h.Period.Kind is PeriodKind.Year or PeriodKind.YearToDate);
            hits.AddRange(years.Select(h => new PeriodHit(h.Position, QueryPeriod.Month(new Period(h.Period.To!.Value.Year, lone.P.Month)))));
            if (years.All(h => h.Period.To!.Value.Year != lone.P.Year))
            {
                hits.RemoveAll(h => h.Period.Kind == PeriodKind.Month && h.Period.From == lone.P);
            }
        }

        // Latest / next.
        if (hits.Count > 0 && QueryLexicon.Now().Match(f) is { Success: true } nowWord && Free(nowWord) && !NotNow().IsMatch(f))
        {
            hits.Add(new PeriodHit(nowWord.Index, QueryPeriod.Latest));
        }
        else if (hits.Count == 0 && !referred)
        {
            if (QueryLexicon.Latest().IsMatch(f) && !NotNow().IsMatch(f))
            {
                hits.Add(new PeriodHit(0, QueryPeriod.Latest));
            }
            else if (NextPayment().IsMatch(f))
            {
                hits.Add(new PeriodHit(0, QueryPeriod.Next));
            }
        }

        // The entity model's months, when the words gave none (typos the lexicon does not know).
        if (hits.Count == 0 && !referred)
        {
            // Only months and years: relative phrases are the lexicon's ("which months…" is not a period).
            // A month the model read must still look like one, as the whole words it sits in ("las dos juntas" is no June).
            var (entityPeriods, entityYear) = EntityPeriods.Of([.. entities.Where(e => e.Type is EntityTypes.Year
                || (e.Type is EntityTypes.Month && LooksLikeMonth(QueryLexicon.Fold(WholeWords(original, e)))))], now);
            hits.AddRange(entityPeriods.Select(p => new PeriodHit(0, QueryPeriod.Month(p))));
            if (entityPeriods.Count == 0 && entityYear is { } ey)
            {
                hits.Add(new PeriodHit(0, ey == current.Year ? YearToDate(current) : QueryPeriod.Year(ey)));
            }
        }
        if (vagueRefs.Count > 0 && !comparesOrExplains)
        {
            var refs = hits.Where(h => vagueRefs.Contains(h.Position)).ToList();
            var others = hits.Where(h => !vagueRefs.Contains(h.Position) && h.Period.IsKnown).ToList();
            if (refs.Count > 0 && others is [{ Period: { Kind: PeriodKind.Year or PeriodKind.YearToDate, From: { } year } } loneYear]
                && refs[0].Period is { Kind: PeriodKind.Month, From: { } talked } && Regex.IsMatch(f, @"\b(mismo mes|same month)\b"))
            {
                // "¿y volviendo a 2024, el mismo mes?": that month of 2024.
                hits = [loneYear with { Period = QueryPeriod.Month(new Period(year.Year, talked.Month)) }];
            }
            else if (refs.Count > 0 && others.Count > 0)
            {
                // "¿y un año antes, en ese mismo mes?", "and going back one more month before that?": the period named says which.
                hits.RemoveAll(h => vagueRefs.Contains(h.Position));
            }
        }
        return ([.. Corrected(f, [.. hits.Where(h => h.Period.IsKnown).OrderBy(h => h.Position)])], referred, referredFound);
    }

    /// <summary>
    /// A period taken back inside the message: "el neto de mayo... digo, de junio de 2025", "gross for May - sorry, June 2025",
    /// "and june 2025? no sorry, june 2024" keep only the second; "diciembre de 2024... no, de 2025" corrects only the year.
    /// The period just before the correction goes; any other period of the message stays ("¿por qué junio fue más alto que
    /// mayo... perdón, que julio?" compares June and July).
    /// </summary>
    private static List<PeriodHit> Corrected(string f, List<PeriodHit> hits)
    {
        foreach (Match m in InMessageCorrection().Matches(f))
        {
            var before = hits.LastOrDefault(h => h.Position < m.Index);
            var after = hits.FirstOrDefault(h => h.Position >= m.Index + m.Length);
            if (before is { Period: { Kind: PeriodKind.Month, From: { } month } } && after is null
                && LeadingYear().Match(f[(m.Index + m.Length)..]) is { Success: true } onlyYear)
            {
                // "junio de 2024, digo, de 2025": the year read for the month taken back.
                hits[hits.IndexOf(before)] = before with { Period = QueryPeriod.Month(new Period(int.Parse(onlyYear.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), month.Month)) };
                continue;
            }
            if (before is null || after is null)
            {
                continue;
            }
            hits.Remove(before);
            if (before.Period is { Kind: PeriodKind.Month, From: { } taken } && after.Period is { Kind: PeriodKind.Year or PeriodKind.YearToDate, From: { } year })
            {
                hits[hits.IndexOf(after)] = after with { Period = QueryPeriod.Month(new Period(year.Year, taken.Month)) };
            }
        }
        return hits;
    }

    /// <summary>"and 2024?", "what about last year then?": a few words that go on from the previous question.</summary>
    private static bool ShortFollowUp(string f) =>
        WordPattern().Matches(f).Count <= 6 && QueryLexicon.FollowUpStart().IsMatch(f) && !QueryLexicon.Total().IsMatch(f);

    /// <summary>The whole words an entity sits in: the model may tag "jun" inside "juntas".</summary>
    private static string WholeWords(string text, Contracts.Inference.ExtractedEntity entity)
    {
        if (entity.Start < 0 || entity.End > text.Length || entity.Start >= entity.End)
        {
            return entity.Text;
        }
        var (start, end) = (entity.Start, entity.End);
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text[start..end];
    }

    /// <summary>A month name, a number, or a word close to a month name (a typo the lexicon does not know).</summary>
    private static bool LooksLikeMonth(string text) =>
        text.Any(char.IsDigit) || WordPattern().Matches(text).Any(w => QueryLexicon.MonthWords.ContainsKey(w.Value)
            || (w.Value.Length >= 5 && QueryLexicon.MonthWords.Keys.Any(name => name.Length >= 5 && QueryLexicon.Distance(name, w.Value) <= 2)));

    /// <summary>Months a month of the other year must be nearer by before it wins over the same year's.</summary>
    private const int OtherYearPenalty = 3;

    /// <summary>
    /// The occurrence of a month nearest to the month it is said beside ("January 2026 … than December's" is December 2025;
    /// "¿y en enero?" after December 2025 is January 2026), never after this month.
    /// </summary>

    private static int Nearest(int month, Period near, Period current)
    {
        var best = near.Year;
        var bestDistance = int.MaxValue;
        for (var y = near.Year - 1; y <= near.Year + 1; y++)
        {
            var candidate = new Period(y, month);
            // The same year unless the other year's month is clearly nearer: "la paga de diciembre" while talking about
            // June 2025 is December 2025, "¿y el de octubre?" after March 2025 is October 2025, but "¿y en enero?" after
            // December 2025 is January 2026 and "January 2026 … than December's" is December 2025.
            var distance = Math.Abs((candidate.Year * 12) + candidate.Month - ((near.Year * 12) + near.Month)) + (y == near.Year ? 0 : OtherYearPenalty);
            if (candidate <= current && (distance < bestDistance || (distance == bestDistance && y == near.Year)))
            {
                (best, bestDistance) = (y, distance);
            }
        }
        return best;
    }

    private static QueryPeriod YearToDate(Period current) => new(PeriodKind.YearToDate, new Period(current.Year, 1), current);

    private static Period Add(Period p, int months)
    {
        var i = (p.Year * 12) + p.Month - 1 + months;
        return new Period(i / 12, (i % 12) + 1);
    }

    /// <summary>The year a relative year names: "del año pasado", "next year", "de hace dos años".</summary>
    private static int RelativeYear(string v, int currentYear) =>
        Regex.IsMatch(v, @"\bhace\b|\bago\b") ? currentYear - (NumberIn().Match(v) is { Success: true } n ? QueryLexicon.ParseNumber(n.Value) : 1)
        : Regex.IsMatch(v, @"pasado|last|anterior|before|previous|prior") ? currentYear - 1
        : Regex.IsMatch(v, @"que viene|next|proximo") ? currentYear + 1 : currentYear;
}
