public class T1 { [Fact] public void x() => Assert.Equal(1, 1); }
