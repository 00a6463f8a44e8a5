<?php

class AppCache {}
