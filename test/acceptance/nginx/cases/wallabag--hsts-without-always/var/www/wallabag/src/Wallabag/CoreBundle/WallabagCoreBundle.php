<?php

namespace Wallabag\CoreBundle;

class WallabagCoreBundle {}
