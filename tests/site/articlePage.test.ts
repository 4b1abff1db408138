import { citedSections, loadContent } from '../../src/data/content';
import { articleHtml, demoPage } from '../../src/site/articlePage';
import { slug } from '../../src/site/slug';

describe('slug', () => {
  it.each([
    ['How Often Should We Micro-needle Our Skin?', 'how-often-should-we-micro-needle-our-skin'],
    ['Benefits of Micro-needling', 'benefits-of-micro-needling'],
    ['  Crème & Sérum: 2 tips ', 'creme-serum-2-tips'],
  ])('%j -> %j', (heading, id) => expect(slug(heading)).toBe(id));
});

describe('the demo page', () => {
  const page = demoPage();
  const sections = citedSections(loadContent());

  it('has an element with the id of every section a reply cites', () => {
    expect(sections.length).toBeGreaterThan(5);
    for (const section of sections) expect(page).toMatch(new RegExp(`<(h1|h2|p) id="${slug(section)}">`));
  });

  it('shows the article verbatim: headings, paragraphs and the benefits list', () => {
    expect(page).toContain('<h1 id="how-often-you-should-micro-needle-your-skin">How Often You Should Micro-needle Your Skin</h1>');
    expect(page).toContain('<h2 id="scar-treatment">Scar Treatment</h2>');
    expect(page).toContain('<h2 id="shrink-pores">Shrink Pores</h2>');
    expect(page).toMatch(/<p id="anti-aging">Anti-aging is the natural process/);
    expect(page).toContain('<li>Acne improvement</li>');
    expect(page).not.toContain('<!-- article -->');
  });

  it('escapes the text and marks a heading only where a line introduces a paragraph', () => {
    expect(articleHtml('Title\n\nA <b> & "c"\n\nLast line', [])).toBe(
      '<h1 id="title">Title</h1>\n<h2 id="a-b-c">A &lt;b&gt; &amp; &quot;c&quot;</h2>\n<p>Last line</p>',
    );
  });
});
