<?php
/* compiled Twig template: layout/layout_1_col.tpl */ class __TwigTemplate_3f9a1c0e extends Twig_Template {}
