<?php
/* compiled Twig template (stand-in) */
class __TwigTemplate_6577a1b2 {}
