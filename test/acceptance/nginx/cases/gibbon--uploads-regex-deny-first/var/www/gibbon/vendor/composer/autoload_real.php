<?php
class ComposerAutoloaderInit {}
