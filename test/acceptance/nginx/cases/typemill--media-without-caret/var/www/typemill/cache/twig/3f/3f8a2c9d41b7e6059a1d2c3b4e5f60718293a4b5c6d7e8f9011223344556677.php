<?php

/* page.twig (compiled) */
class __TwigTemplate_3f8a2c9d41b7e605 {}
