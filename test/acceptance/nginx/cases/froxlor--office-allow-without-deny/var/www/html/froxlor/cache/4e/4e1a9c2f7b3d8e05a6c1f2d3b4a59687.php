<?php
/* compiled Twig template: Froxlor/userarea.html.twig */
