<?php
class PicoPluginApi0Plugin {}
