<?php
class ComposerAutoloaderInitTypemill {}
