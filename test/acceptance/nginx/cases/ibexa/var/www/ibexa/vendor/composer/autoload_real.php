<?php

class ComposerAutoloaderInit
{
}
