<?php

class ComposerAutoloaderInit5b1f0c3e8d2a4f6b
{
}
