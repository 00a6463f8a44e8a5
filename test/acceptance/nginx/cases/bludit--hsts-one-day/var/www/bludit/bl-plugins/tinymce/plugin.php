<?php
class pluginTinymce extends Plugin {}
