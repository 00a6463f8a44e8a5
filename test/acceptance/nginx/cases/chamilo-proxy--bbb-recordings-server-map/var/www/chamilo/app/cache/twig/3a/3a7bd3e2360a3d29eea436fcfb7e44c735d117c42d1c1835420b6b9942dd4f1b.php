<?php
/* For licensing terms, see /license.txt */
class __TwigTemplate_3a7b extends Twig_Template {}
