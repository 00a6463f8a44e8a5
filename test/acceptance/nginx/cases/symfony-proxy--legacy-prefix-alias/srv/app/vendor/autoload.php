<?php
// stand-in
spl_autoload_register(static function (string $c): void {});
