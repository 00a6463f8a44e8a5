<?php

class ComposerAutoloaderInitShlink
{
}
