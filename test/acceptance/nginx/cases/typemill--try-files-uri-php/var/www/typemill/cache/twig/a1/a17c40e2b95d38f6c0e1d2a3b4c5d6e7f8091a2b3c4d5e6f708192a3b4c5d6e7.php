<?php

/* layout.twig (compiled) */
class __TwigTemplate_a17c40e2b95d38f6 {}
