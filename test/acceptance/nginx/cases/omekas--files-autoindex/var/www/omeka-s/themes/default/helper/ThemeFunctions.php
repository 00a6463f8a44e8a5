<?php
namespace OmekaTheme\Helper;

class ThemeFunctions {}
