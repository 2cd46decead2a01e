using ChatNomina.Chat.Conversations;
using ChatNomina.Contracts.Inference;
using static ChatNomina.Chat.Tests.Entities;

namespace ChatNomina.Chat.Tests;

public class FollowUpTests
{
    [Theory]
    [InlineData("¿y en febrero?", "febrero", 2)]
    [InlineData("¿Y EN FEBRERO?", "FEBRERO", 2)]
    [InlineData("y de marzo", "marzo", 3)]
    [InlineData("¿y qué tal en marzo?", "marzo", 3)]
    [InlineData("¿y que tal en marzo?", "marzo", 3)]
    [InlineData("and in March?", "March", 3)]
    [InlineData("what about March?", "March", 3)]
    [InlineData("March then", "March", 3)]
    [InlineData("febrero", "febrero", 2)]
    [InlineData("dime el de febrero porfa", "febrero", 2)]
    [InlineData("Y TAMBIÉN EN MARZO", "MARZO", 3)]
    [InlineData("y tambien en marzo", "marzo", 3)]
    [InlineData("¿y qúe tal en marzo?", "marzo", 3)]
    public void Entities_with_only_connective_words_are_a_pure_follow_up(string text, string fragment, int month) =>
        Assert.True(FollowUp.IsPureFollowUp(text, [Month(text, fragment, month)]));

    [Fact]
    public void Several_entities_with_connectives_are_a_pure_follow_up()
    {
        const string text = "¿y el IRPF de enero?";
        Assert.True(FollowUp.IsPureFollowUp(text, [Deduction(text, "IRPF", "income_tax"), Month(text, "enero", 1)]));
    }

    [Theory]
    [InlineData("¿cuánto cobré en febrero?", "febrero", 2)]
    [InlineData("how much did I get paid in March?", "March", 3)]
    [InlineData("muéstrame mi nómina de marzo", "marzo", 3)]
    [InlineData("y cuánto fue el bruto en marzo", "marzo", 3)]
    public void A_question_with_its_own_words_is_not_a_pure_follow_up(string text, string fragment, int month) =>
        Assert.False(FollowUp.IsPureFollowUp(text, [Month(text, fragment, month)]));

    [Fact]
    public void A_message_without_entities_is_not_a_pure_follow_up()
    {
        Assert.False(FollowUp.IsPureFollowUp("¿y?", []));
        Assert.False(FollowUp.IsPureFollowUp("and then?", []));
    }

    [Fact]
    public void More_than_six_connective_words_are_not_a_follow_up()
    {
        const string text = "y entonces que tal pues para el mes de marzo";
        Assert.False(FollowUp.IsPureFollowUp(text, [Month(text, "marzo", 3)]));
    }

    [Fact]
    public void Entity_offsets_outside_the_text_are_ignored_not_thrown_on()
    {
        const string text = "¿y en marzo?";
        ExtractedEntity broken = new(EntityTypes.Month, "marzo", 40, 45, "3", 3);
        Assert.False(FollowUp.IsPureFollowUp(text, [broken]));
    }

    [Fact]
    public void The_word_left_is_judged_after_the_entity_is_cut_out_at_its_offsets()
    {
        // "febrero" removed at the right offsets leaves only "y" and "en"; wrong offsets would leave a word.
        const string text = "y en febrero";
        Assert.True(FollowUp.IsPureFollowUp(text, [new(EntityTypes.Month, "febrero", 5, 12, "2", 2)]));
        Assert.False(FollowUp.IsPureFollowUp(text, [new(EntityTypes.Month, "febrero", 0, 4, "2", 2)]));
    }

    [Theory]
    [InlineData("¿y en febrero?", true)]
    [InlineData("y las deducciones", true)]
    [InlineData("¡Y el bruto!", true)]
    [InlineData("e IRPF?", true)]
    [InlineData("¿y qué tal el bruto?", true)]
    [InlineData("también el IRPF", true)]
    [InlineData("tambien el IRPF", true)]
    [InlineData("and the gross?", true)]
    [InlineData("What about last year?", true)]
    [InlineData("how about February", true)]
    [InlineData("also the taxes", true)]
    [InlineData("¿cuándo me pagan?", false)]
    [InlineData("enero", false)]
    [InlineData("yo quiero mi nómina", false)]
    [InlineData("android app?", false)]
    [InlineData("what is my net pay", false)]
    [InlineData("hay nómina este mes", false)]
    public void Follow_up_markers_are_recognized_at_the_start(string text, bool expected) =>
        Assert.Equal(expected, FollowUp.StartsLikeFollowUp(text));
}
