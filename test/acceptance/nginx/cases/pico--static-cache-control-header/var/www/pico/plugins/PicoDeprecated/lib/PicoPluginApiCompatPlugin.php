<?php
class PicoPluginApiCompatPlugin {}
