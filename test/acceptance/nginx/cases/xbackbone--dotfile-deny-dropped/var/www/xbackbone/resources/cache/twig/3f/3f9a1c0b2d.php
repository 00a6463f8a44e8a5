<?php
/* dashboard/list.twig */
