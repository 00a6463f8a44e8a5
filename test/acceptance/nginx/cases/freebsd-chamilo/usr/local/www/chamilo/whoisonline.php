<?php
// placeholder: users online
