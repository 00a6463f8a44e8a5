<?php

class ComposerAutoloaderInit {}
