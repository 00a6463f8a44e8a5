<?php
class ComposerAutoloaderInit9d1f4c2b
{
    public static function getLoader() { return null; }
}
