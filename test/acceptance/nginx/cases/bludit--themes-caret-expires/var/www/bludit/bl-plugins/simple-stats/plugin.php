<?php
class pluginSimpleStats extends Plugin {}
