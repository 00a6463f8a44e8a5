<?php
// Differential-test oracle: parses each input of a JSON list (stdin) with Symfony Dotenv and
// prints a JSON list of outcomes: {"values": {...}} or {"error": message, "line": n}.
// Run it with an empty environment (env -i): variable expansion must only see the file itself.

declare(strict_types=1);

$autoload = getenv('HARDEN_SYMFONY_DOTENV_AUTOLOAD') ?: '/usr/share/php/Symfony/Component/Dotenv/autoload.php';
if (!is_file($autoload)) {
    fwrite(STDERR, "Symfony Dotenv not found at $autoload\n");
    exit(3);
}
require $autoload;
putenv('HARDEN_SYMFONY_DOTENV_AUTOLOAD');

use Symfony\Component\Dotenv\Dotenv;
use Symfony\Component\Dotenv\Exception\FormatException;

$inputs = json_decode(stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR);

// Dotenv resolves `$NAME` from $_ENV, $_SERVER and getenv() before the file's own values;
// PHP fills $_SERVER even under env -i (argv, PHP_SELF…), so empty both.
foreach (array_keys($_SERVER) as $name) {
    unset($_SERVER[$name]);
}
$_ENV = [];

$outcomes = [];
foreach ($inputs as $text) {
    // Dotenv runs `$(…)` through a shell: such inputs never reach it.
    if (str_contains($text, '$(')) {
        $outcomes[] = ['skipped' => 'command substitution'];
        continue;
    }
    try {
        $values = (new Dotenv())->parse($text);
        $outcomes[] = ['values' => (object) array_map('strval', $values)];
    } catch (FormatException $e) {
        $context = $e->getContext();
        $message = explode(' in ".env" at line ', $e->getMessage(), 2)[0];
        $outcomes[] = ['error' => $message, 'line' => $context->getLineno()];
    }
}

echo json_encode($outcomes, JSON_THROW_ON_ERROR | JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_UNICODE), "\n";
