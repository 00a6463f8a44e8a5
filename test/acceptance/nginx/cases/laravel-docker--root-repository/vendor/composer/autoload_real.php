<?php

class ComposerAutoloaderInit5b1f0c3c
{
    public static function getLoader() {}
}
