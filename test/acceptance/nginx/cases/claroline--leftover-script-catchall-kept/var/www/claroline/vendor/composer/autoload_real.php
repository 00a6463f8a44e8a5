<?php

class ComposerAutoloaderInitClaroline
{
}
