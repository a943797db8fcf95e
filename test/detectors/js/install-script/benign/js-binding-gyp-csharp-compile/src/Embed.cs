public static class Embed { public static int Version() { return 4; } }
