using ChatNomina.Chat.Answers;

namespace ChatNomina.Chat.Tests;

public class ProfileFieldGuessTests
{
    [Theory]
    [InlineData("when did I join the company?", "hire_date")]
    [InlineData("¿cuándo entré en la empresa?", "hire_date")]
    [InlineData("how long have I been with the company?", "seniority")]
    [InlineData("¿cuántos años llevo aquí?", "seniority")]
    [InlineData("¿cuál es mi puesto?", "position")]
    [InlineData("what's my job title", "position")]
    [InlineData("¿en qué departamento estoy?", "department")]
    [InlineData("what team am I in?", "department")]
    [InlineData("tell me about my profile", null)]
    public void Guesses_the_field_from_plain_cues(string question, string? field) =>
        Assert.Equal(field, AnswerPlanner.GuessProfileField(question));
}
